/** Paged listings: instruments, institutions and technology areas as Relay connections. */
import type { QueryResolvers } from '../../generated/graphql.js';
import { fetchPage } from '../../graph/fetchPage.js';
import { searchEntities } from '../../graph/searchEntities.js';
import { assertIntInRange, assertText } from '../assertArgs.js';
import type { Context } from '../context.js';
import { fromEnum } from '../nodeAccess.js';
import { badUserInput, notFound } from '../../errors.js';

/** Full-text matches of one kind allowed to narrow a listing: more than any sensible filter returns. */
const TEXT_FILTER_MATCHES = 1_000;

/** Ids of this kind matching a text filter, or null when there is no text filter. */
async function textIds(ctx: Context, text: string | null | undefined, label: string): Promise<string[] | null> {
  if (text === null || text === undefined) return null;
  const hits = await searchEntities(ctx.db, ctx.loaders, ctx.stats, assertText('filter.text', text, 200), TEXT_FILTER_MATCHES, label);
  return hits.map((h) => h.node.id);
}

async function assertExists(ctx: Context, id: string | null | undefined, label: string, kind: string): Promise<void> {
  if (id === null || id === undefined) return;
  const record = await ctx.loaders.node.load(id);
  if (record?.label !== label) throw notFound(kind, id);
}

export const listingQueries: QueryResolvers = {
  async instruments(_, { filter, first, after, orderBy }, ctx) {
    const size = assertIntInRange('first', first ?? 20, 1, 100);
    const f = filter ?? {};
    if (f.yearFrom != null && f.yearTo != null && f.yearTo < f.yearFrom)
      throw badUserInput('filter.yearTo', `must not be before yearFrom (${f.yearFrom})`);
    await Promise.all([
      assertExists(ctx, f.participant, 'Institution', 'institution'),
      assertExists(ctx, f.technologyArea, 'TechnologyArea', 'technology area'),
      assertExists(ctx, f.country, 'Country', 'country'),
    ]);
    const expand = f.participant && f.includeSuccession ? [f.participant] : null;
    const expandAreas = f.technologyArea && f.includeLineage ? [f.technologyArea] : null;
    let participants = f.participant ? [f.participant] : null;
    let areas = f.technologyArea ? [f.technologyArea] : null;
    if (expand || expandAreas) {
      const [row] = await ctx.db.read('related-ids', { institutions: expand, areas: expandAreas }, ctx.stats);
      if (expand) participants = (row?.institutions as string[] | null) ?? participants;
      if (expandAreas) areas = (row?.areas as string[] | null) ?? areas;
    }
    const order = orderBy ?? 'DATE';
    return fetchPage(
      ctx.db,
      ctx.loaders,
      ctx.stats,
      'instruments-page',
      {
        kinds: f.kinds ? f.kinds.map(fromEnum) : null,
        yearFrom: f.yearFrom ?? null,
        yearTo: f.yearTo ?? null,
        country: f.country ?? null,
        participants,
        areas,
        ids: await textIds(ctx, f.text, 'Instrument'),
        orderBy: order.startsWith('TITLE') ? 'title' : 'date',
        descending: order.endsWith('_DESC'),
      },
      size,
      after,
    );
  },

  async institutions(_, { filter, first, after }, ctx) {
    const size = assertIntInRange('first', first ?? 20, 1, 100);
    const f = filter ?? {};
    await assertExists(ctx, f.country, 'Country', 'country');
    return fetchPage(
      ctx.db,
      ctx.loaders,
      ctx.stats,
      'institutions-page',
      { kinds: f.kinds ? f.kinds.map(fromEnum) : null, country: f.country ?? null, ids: await textIds(ctx, f.text, 'Institution') },
      size,
      after,
    );
  },

  async technologyAreas(_, { filter, first, after }, ctx) {
    const size = assertIntInRange('first', first ?? 20, 1, 100);
    return fetchPage(
      ctx.db,
      ctx.loaders,
      ctx.stats,
      'technology-areas-page',
      { ids: await textIds(ctx, filter?.text, 'TechnologyArea') },
      size,
      after,
    );
  },
};
