/** The schema's `resources` section: the partner's own materials. */
import type { Audience, Resource } from './partner-config.js';
import { type Checker, join } from './checker.js';
import { DEVELOPMENT } from './development.js';

const AUDIENCES: readonly Audience[] = ['public', 'professional', 'all'];

/** More resources than this is a mistake (each is a card, and would make the page slow). */
const MAX_RESOURCES = 20;

export function parseResources(c: Checker, value: unknown): Resource[] {
  const resources: Resource[] = [];
  c.array(value, 'resources', MAX_RESOURCES, 'resources').forEach((item, i) => {
    const path = join('resources', i);
    const obj = c.object(item, path);
    if (!obj) return;
    // Not read by a table of fields: without a title and a link the resource is left out, and its
    // audience is not read.
    c.knownKeys(obj, path, ['title', 'url', 'audience']);
    const title = c.text(obj.title, join(path, 'title'));
    const url = c.link(obj.url, join(path, 'url'));
    if (!title || !url) {
      if (obj.title === undefined) c.error(join(path, 'title'), DEVELOPMENT && 'is missing; the resource is left out');
      if (obj.url === undefined) c.error(join(path, 'url'), DEVELOPMENT && 'is missing; the resource is left out');
      return;
    }
    const audience = c.oneOf(obj.audience, join(path, 'audience'), AUDIENCES, '; "all" is used') ?? 'all';
    resources.push({ title, url, audience });
  });
  return resources;
}
