// Who the statements are about. A profile may name its own xAPI identity (an account on the company's system or
// an e-mail); without one the learner is an account named by the profile id under the activity base.
import type { XapiActor } from './xapiStatement';

/** The identity a profile may carry (`Profile.xapiActor`): exactly one of the two inverse functional identifiers. */
export type XapiIdentity = { account: { homePage: string; name: string } } | { mbox: string };

export function learnerActor(profile: { id: string; name: string; xapiActor?: XapiIdentity }, activityBase: string): XapiActor {
  const identity = profile.xapiActor;
  if (identity && 'mbox' in identity) return { objectType: 'Agent', name: profile.name, mbox: mailto(identity.mbox) };
  const account = identity?.account ?? { homePage: activityBase, name: profile.id };
  return { objectType: 'Agent', name: profile.name, account: { homePage: account.homePage, name: account.name } };
}

/** `mbox` must be a `mailto:` IRI; a bare address is accepted and prefixed. */
function mailto(address: string): string {
  const trimmed = address.trim();
  return /^mailto:/i.test(trimmed) ? trimmed : `mailto:${trimmed}`;
}

/** The key a rep is known by everywhere (team view, `--elite`): `account:<homePage>|<name>` or `mbox:<mailto:…>`. */
export function actorKey(actor: XapiActor | XapiIdentity): string {
  if ('mbox' in actor) return `mbox:${mailto(actor.mbox).replace(/^mailto:/i, 'mailto:')}`;
  return `account:${actor.account.homePage}|${actor.account.name}`;
}
