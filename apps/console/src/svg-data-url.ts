/**
 * An SVG document as a `data:` URL for an `<img>`: the QR code the server draws is shown as an
 * image, never injected as markup, so nothing in it can run or restyle the page.
 */
export function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  // In slices: spreading a whole large array into fromCharCode can exceed argument limits.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** A TOTP secret in groups of four (`JBSW Y3DP EHPK 3PXP`), easier to type into a phone. */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}
