/** Paged listings: instruments, institutions and technology areas as Relay connections. */
import { badUserInput, notFound } from '../../errors.js';
import type { QueryResolvers } from '../../generated/graphql.js';
import { listInstitutions, listInstruments, listTechnologyAreas } from '../../graph/listEntities.js';
import type { ConnectionRecord } from '../../model/records.js';
import { fromEnum } from '../../model/values.js';
import { argOrDefault, assertIntInRange, assertText } from '../assertArgs.js';
import type { Context } from '../context.js';
import { primeNodes } from '../createLoaders.js';
import { requireApiNode, requireNode } from '../nodeAccess.js';
import { listFigures, listProvisions } from '../../graph/listProvisions.js';
import { plannedReader } from '../plan/plannedReads.js';
import type { Firmness } from '../../model/vocabulary.js';

/**
 * Checks an optional id filter names a node of its kind (NOT_FOUND otherwise). Called only when the
 * page came back empty: a filter id only matches rows through the graph — a node of its kind
 * (instruments' country, participant, area; provisions' instrument), a stored reference the seed
 * and curator checks keep pointing at one (institutions' country, figures' source), or a
 * relationship only nodes of its kind have (about, actor, topic) — so a page with rows means the ids
 * exist, and the common case costs no statement of its own. A bad cursor is reported first.
 */
async function existing(
  ctx: Context,
  id: string | null | undefined,
  label: 'Institution' | 'TechnologyArea' | 'Country' | 'Instrument' | 'Source',
  kind: string,
) {
  if (id === null || id === undefined) return null;
  await requireNode(ctx, id, label, kind);
  return id;
}

/** A technology area or policy topic id; NOT_FOUND otherwise. */
async function requireTopic(ctx: Context, id: string): Promise<string> {
  const node = await ctx.loaders.node.load(id);
  if (node?.label === 'TechnologyArea' || node?.label === 'PolicyTopic') return node.id;
  throw notFound('technology area or policy topic', id);
}

const text = (value: string | null | undefined): string | null =>
  value === null || value === undefined ? null : assertText('filter.text', value, 200);

/** The page's nodes answer their fields without another round trip. */
function primed<P extends ConnectionRecord>(ctx: Context, page: P): P {
  primeNodes(
    ctx.loaders,
    page.edges.map((e) => e.node),
  );
  return page;
}

export const listingQueries: QueryResolvers = {
  async instruments(_, args, ctx, info) {
    const first = assertIntInRange('first', argOrDefault(info, 'first', args.first), 1, 100);
    const order = argOrDefault(info, 'orderBy', args.orderBy);
    const f = args.filter ?? {};
    if (f.yearFrom != null && f.yearTo != null && f.yearTo < f.yearFrom)
      throw badUserInput('filter.yearTo', `must not be before yearFrom (${f.yearFrom})`);
    const filter = {
      kinds: f.kinds ? f.kinds.map(fromEnum) : null,
      yearFrom: f.yearFrom ?? null,
      yearTo: f.yearTo ?? null,
      country: f.country ?? null,
      participant: f.participant ?? null,
      includeSuccession: f.includeSuccession ?? false,
      technologyArea: f.technologyArea ?? null,
      includeLineage: f.includeLineage ?? false,
      text: text(f.text),
    };
    const by = order.startsWith('TITLE') ? 'title' : 'date';
    const page = await listInstruments(
      plannedReader(ctx, info),
      filter,
      { by, descending: order.endsWith('_DESC') },
      { first, after: args.after },
    );
    if (page.totalCount === 0) {
      await Promise.all([
        existing(ctx, f.participant, 'Institution', 'institution'),
        existing(ctx, f.technologyArea, 'TechnologyArea', 'technology area'),
        existing(ctx, f.country, 'Country', 'country'),
      ]);
    }
    return primed(ctx, page);
  },

  async institutions(_, args, ctx, info) {
    const first = assertIntInRange('first', argOrDefault(info, 'first', args.first), 1, 100);
    const f = args.filter ?? {};
    const filter = { kinds: f.kinds ? f.kinds.map(fromEnum) : null, country: f.country ?? null, text: text(f.text) };
    const page = await listInstitutions(plannedReader(ctx, info), filter, { first, after: args.after });
    if (page.totalCount === 0) await existing(ctx, f.country, 'Country', 'country');
    return primed(ctx, page);
  },

  async provisions(_, args, ctx, info) {
    const first = assertIntInRange('first', argOrDefault(info, 'first', args.first), 1, 100);
    const f = args.filter ?? {};
    const filter = {
      instrument: f.instrument ?? null,
      kinds: f.kinds ? f.kinds.map(fromEnum) : null,
      topic: f.topic ?? null,
      actor: f.actor ?? null,
      modalityAtLeast: f.modalityAtLeast ? (fromEnum(f.modalityAtLeast) as Firmness) : null,
      text: text(f.text),
    };
    const page = await listProvisions(plannedReader(ctx, info), filter, { first, after: args.after });
    if (page.totalCount === 0) {
      await Promise.all([
        existing(ctx, f.instrument, 'Instrument', 'instrument'),
        f.topic == null ? null : requireTopic(ctx, f.topic),
        f.actor == null ? null : requireApiNode(ctx, f.actor),
      ]);
    }
    return primed(ctx, page);
  },

  async figures(_, args, ctx, info) {
    const first = assertIntInRange('first', argOrDefault(info, 'first', args.first), 1, 100);
    const f = args.filter ?? {};
    const units = f.units ? f.units.map(fromEnum) : null;
    const filter = { about: f.about ?? null, units, source: f.source ?? null, text: text(f.text) };
    const page = await listFigures(plannedReader(ctx, info), filter, { first, after: args.after });
    if (page.totalCount === 0) {
      await Promise.all([f.about == null ? null : requireApiNode(ctx, f.about), existing(ctx, f.source, 'Source', 'source')]);
    }
    return primed(ctx, page);
  },

  async technologyAreas(_, args, ctx, info) {
    const first = assertIntInRange('first', argOrDefault(info, 'first', args.first), 1, 100);
    return primed(
      ctx,
      await listTechnologyAreas(plannedReader(ctx, info), { text: text(args.filter?.text) }, { first, after: args.after }),
    );
  },
};
