// What the database holds after a scenario, compared with what the clients were told: every
// acknowledged report must be there once, nothing else may be, and every emergency must have
// sounded its alert and armed its escalation timer in the same transaction.
import type { SqlClient } from '../../apps/server/src/db/sql-client.ts';
import type { Acknowledgement } from './report-load.ts';

export interface Ledger {
  /** Report cases stored. */
  stored: number;
  /** Acknowledged tracking codes with no case behind them. */
  lost: string[];
  /** Stored cases no client was told about (a second case for one submission). */
  duplicates: string[];
  /** Stored idempotency answers (one per submission). */
  idempotencyRows: number;
  /** Emergency cases stored, and those missing their alert or their pending timer. */
  emergencies: number;
  missingAlert: string[];
  missingTimer: string[];
  /** Cases missing their `case.queued` announcement. */
  missingQueued: string[];
  /** Urgent submissions whose answer did not say emergency. */
  urgentNotEmergency: string[];
}

// A type alias, not an interface: the query's row type must be indexable.
type StoredCase = {
  id: string;
  tracking_code: string;
  urgency: string;
  queued: boolean;
  alerted: boolean;
  armed: boolean;
};

export async function readLedger(
  sql: SqlClient,
  acknowledgements: readonly Acknowledgement[],
): Promise<Ledger> {
  const rows = await sql.query<StoredCase>(`
    SELECT c.id, p.tracking_code, c.urgency,
      EXISTS (SELECT 1 FROM live_events e WHERE e.case_id = c.id AND e.kind = 'case.queued') AS queued,
      EXISTS (SELECT 1 FROM live_events e WHERE e.case_id = c.id AND e.kind = 'alert.urgent') AS alerted,
      EXISTS (SELECT 1 FROM jobs j WHERE j.name = 'case.unclaimed_urgent'
              AND j.payload->>'caseId' = c.id::text AND j.state = 'pending') AS armed
    FROM cases c LEFT JOIN public_requests p ON p.case_id = c.id
    WHERE c.kind = 'violence_report'`);
  const [keys] = await sql.query<{ n: number | string }>(
    'SELECT count(*) AS n FROM idempotency_keys',
  );
  const told = new Set(acknowledgements.map((a) => a.trackingCode.replace('-', '')));
  const stored = new Set(rows.map((r) => r.tracking_code));
  const emergencies = rows.filter((r) => r.urgency === 'emergency');
  return {
    stored: rows.length,
    lost: [...told].filter((code) => !stored.has(code)),
    duplicates: rows.filter((r) => !told.has(r.tracking_code)).map((r) => r.id),
    idempotencyRows: Number(keys?.n ?? 0),
    emergencies: emergencies.length,
    missingAlert: emergencies.filter((r) => !r.alerted).map((r) => r.id),
    missingTimer: emergencies.filter((r) => !r.armed).map((r) => r.id),
    missingQueued: rows.filter((r) => !r.queued).map((r) => r.id),
    urgentNotEmergency: acknowledgements
      .filter((a) => a.urgent && a.urgency !== 'emergency')
      .map((a) => a.trackingCode),
  };
}

/** Prints a scenario's figures as a two-column table, so CI logs show them at a glance. */
export function printFigures(title: string, figures: Record<string, number | string>): void {
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  const lines = Object.entries(figures).map(
    ([name, value]) => `  ${name.padEnd(width)}  ${String(value)}`,
  );
  console.log(`\n[resilience] ${title}\n${lines.join('\n')}\n`);
}
