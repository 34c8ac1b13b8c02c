import type { ServiceType } from '../vocabulary/service-types.ts';
import type { UrgencyLevel } from '../vocabulary/urgency-levels.ts';
import type { ViolenceForm } from '../vocabulary/violence-forms.ts';

/** What routing reads of a case to guess her needs before the listener adjusts them. */
export interface CaseNeedsInput {
  readonly kind: 'violence_report' | 'support_request';
  readonly urgency: UrgencyLevel;
  /** Forms of violence recorded in the case's incidents. */
  readonly forms: readonly ViolenceForm[];
}

/**
 * A first guess at the services she needs, which the listener confirms or changes before asking
 * for proposals: a support request needs economic support and orientation; a violence report
 * needs listening, orientation and accompaniment, plus medical care after physical or sexual
 * violence or in an emergency, shelter when she was put out of her home, and legal help when
 * there is time to prepare a complaint.
 */
export function servicesNeeded(input: CaseNeedsInput): ServiceType[] {
  if (input.kind === 'support_request') return ['economic_support', 'orientation'];
  const needs: ServiceType[] = ['listening', 'orientation', 'accompaniment'];
  const forms = new Set(input.forms);
  if (forms.has('physical') || forms.has('sexual') || input.urgency === 'emergency') {
    needs.push('medical');
  }
  if (forms.has('expulsion_from_home')) needs.push('shelter');
  if (input.urgency === 'medium' || input.urgency === 'standard') needs.push('legal');
  return needs;
}
