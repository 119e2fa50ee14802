// "Test the connection" (בדיקת החיבור): who the user is on the site and what they may do, from
// `users/me` in the edit context (the only answer that carries their capabilities). The same
// look-up starts every publish, so a Contributor's post is submitted for review rather than
// refused, and an Author's body is written for WordPress's HTML filter.
import { KtavError, Phrase } from '../../../shared/api/errors.js';
import type { ConnectionView, Unsaid } from './publishTypes.js';
import { siteFailureOf, type WpClient } from './wpClient.js';

export interface SiteUser {
  id: number;
  name: string;
  roles: string[];
  canPublish: boolean;
  canEdit: boolean;
  canUpload: boolean;
  canEditOthers: boolean;
  unfilteredHtml: boolean;
  canCreateTerms: boolean;
}

interface MeAnswer {
  id?: unknown;
  name?: unknown;
  roles?: unknown;
  capabilities?: Record<string, unknown>;
}

export async function whoAmI(client: WpClient): Promise<SiteUser> {
  let me: MeAnswer;
  try {
    me = await client.get<MeAnswer>('/wp/v2/users/me', { context: 'edit' });
  } catch (error) {
    // A site that answers some other 404 for the route has no WordPress REST API there.
    if (siteFailureOf(error)?.kind === 'not-found') throw new KtavError('remote', 'publish:notWordPress', { url: client.base }, { cause: error, detail: { site: true, kind: 'not-wordpress' } });
    throw error;
  }
  if (typeof me.id !== 'number' || typeof me.capabilities !== 'object' || me.capabilities === null) {
    throw new KtavError('remote', 'publish:notWordPress', { url: client.base }, { detail: { site: true, kind: 'not-wordpress' } });
  }
  const can = (cap: string) => me.capabilities?.[cap] === true;
  return {
    id: me.id,
    name: typeof me.name === 'string' ? me.name : client.user,
    roles: Array.isArray(me.roles) ? me.roles.filter((r): r is string => typeof r === 'string') : [],
    canPublish: can('publish_posts'),
    canEdit: can('edit_posts'),
    canUpload: can('upload_files'),
    canEditOthers: can('edit_others_posts'),
    unfilteredHtml: can('unfiltered_html'),
    canCreateTerms: can('manage_categories'),
  };
}

export function connectionView(client: WpClient, who: SiteUser): Unsaid<ConnectionView> {
  const roles = who.roles.join(', ') || '—';
  const summary = who.canPublish
    ? new Phrase('publish:mayPublish', { name: who.name, roles, upload: { key: who.canUpload ? 'publish:uploadToo' : 'publish:noUpload' } })
    : who.canEdit
      ? new Phrase('publish:maySubmit', { name: who.name, roles })
      : new Phrase('publish:mayNothing', { name: who.name, roles });
  return {
    url: client.base,
    user: client.user,
    name: who.name,
    roles: who.roles,
    canPublish: who.canPublish,
    canUpload: who.canUpload,
    canEditOthers: who.canEditOthers,
    unfilteredHtml: who.unfilteredHtml,
    summary,
  };
}
