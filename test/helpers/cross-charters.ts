/**
 * Two charters that agree with each other: the base CSM charter and an Onboarding charter that
 * mirrors its hand-off, commits to what CSM expects and expects what CSM commits to. Cross-rule
 * tests start from this pair and change one thing.
 */
import { baseCharter, type Data } from './base-charter.js';

/** The onboarding team's charter, consistent with {@link baseCharter}. */
export function onboardingCharter(): Data {
  const c = baseCharter();
  c.meta.id = 'onboarding-charter';
  c.meta.name = 'Onboarding Charter';
  c.team.id = 'onboarding';
  c.team.name = 'Onboarding';
  c.charter_types = ['onboarding'];
  c.swim_lanes = [{ process: 'onboarding', accountable: { team: 'onboarding', role: 'onboarding-manager' } }];
  c.handoffs = [
    {
      id: 'onboarding-to-csm',
      process: 'onboarding',
      from: { team: 'onboarding', role: 'onboarding-manager' },
      to: { team: 'csm', role: 'csm' },
      trigger: 'Go-live signed off and first value milestone reached.',
    },
  ];
  c.dependencies = [{ team: 'csm', expectations: [{ id: 'accept-handoff-2-days', expectation: 'Accept the hand-off within 2 days.' }] }];
  c.commitments = [{ to: 'csm', id: 'success-plan-at-handoff', commitment: 'Hand over a success plan at go-live.' }];
  return c;
}

/** The consistent pair, after `edit` has changed it: `csm.yaml` and `onboarding.yaml`. */
export function pairWith(edit: (csm: Data, onboarding: Data) => void = () => {}): Record<string, Data> {
  const csm = baseCharter();
  const onboarding = onboardingCharter();
  edit(csm, onboarding);
  return { 'csm.yaml': csm, 'onboarding.yaml': onboarding };
}
