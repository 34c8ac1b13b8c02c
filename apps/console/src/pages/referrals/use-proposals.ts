import type { ServiceType } from '@sanad/core';
import { useRef, useState } from 'preact/hooks';
import type { ProposalView } from '../../api/referral-types.ts';
import { loadProposals } from '../../api/referrals.ts';
import { useConsole } from '../../context.ts';
import { problemOf, type FormProblem } from '../../forms.ts';

export type ProposalsState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | {
      readonly kind: 'ready';
      readonly proposals: readonly ProposalView[];
      /** Being read again: the list stays shown until the new one replaces it. */
      readonly refreshing: boolean;
    }
  | { readonly kind: 'failed'; readonly problem: FormProblem };

/**
 * The ranked proposals for a case, read when the listener asks for them, and again when she
 * changes the services needed. `services` is what the proposals answer: first her needs as
 * the server read them from the case, then the listener's choice.
 */
export function useProposals(caseId: string): {
  readonly state: ProposalsState;
  readonly services: readonly ServiceType[] | undefined;
  readonly load: (services?: readonly ServiceType[]) => void;
  /** Reads the shown proposals again (a referral ended: its institution may be chosen anew). */
  readonly refresh: () => void;
  readonly markReferred: (institutionId: string) => void;
} {
  const { api, t } = useConsole();
  const [state, setState] = useState<ProposalsState>({ kind: 'idle' });
  const [services, setServices] = useState<readonly ServiceType[]>();
  const controller = useRef<AbortController | undefined>(undefined);
  // The services last asked for by the listener; undefined: her needs as read from the case.
  const asked = useRef<readonly ServiceType[] | undefined>(undefined);
  // Read once already (a ref: callers may hold an older render's functions).
  const requested = useRef(false);

  const load = (wanted?: readonly ServiceType[]) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    asked.current = wanted;
    requested.current = true;
    if (wanted) setServices(wanted);
    setState((previous) =>
      previous.kind === 'ready' ? { ...previous, refreshing: true } : { kind: 'loading' },
    );
    loadProposals(api, caseId, wanted, current.signal).then(
      (answer) => {
        setServices(answer.services);
        setState({ kind: 'ready', proposals: answer.proposals, refreshing: false });
      },
      (error: unknown) => {
        if (!current.signal.aborted) setState({ kind: 'failed', problem: problemOf(error, t) });
      },
    );
  };

  return {
    state,
    services,
    load,
    refresh: () => {
      if (requested.current) load(asked.current);
    },
    markReferred: (institutionId) => {
      setState((current) =>
        current.kind === 'ready'
          ? {
              ...current,
              proposals: current.proposals.map((proposal) =>
                proposal.institution.id === institutionId
                  ? { ...proposal, alreadyReferred: true }
                  : proposal,
              ),
            }
          : current,
      );
    },
  };
}
