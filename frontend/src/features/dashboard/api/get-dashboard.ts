import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

/** What the dashboard shows; every filter is optional. */
export interface DashboardFilter {
  organisation?: string;
  department?: string;
  theme?: string;
  from?: string;
  to?: string;
}

export const dashboardFilterNames = [
  'organisation',
  'department',
  'theme',
  'from',
  'to',
] as const satisfies readonly (keyof DashboardFilter)[];

/** What the server's `Dashboard` record sends (see docs/adr/0020); every property is present. */
export interface StageTime {
  stage: string;
  stays: number;
  medianDays: number;
  p90Days: number;
}
export interface GateConversion {
  gate: string;
  decided: number;
  passed: number;
  rate: number | null;
  outcomes: Record<string, number>;
}
export interface StopReason {
  reference: string;
  title: string;
  gate: string;
  rationale: string | null;
}
export interface StageCost {
  stage: string;
  budgeted: number;
  spent: number;
}
export interface TargetProgress {
  reference: string;
  metric: string;
  unit: string;
  /** None while it is to be measured (an adopted pilot's target). */
  baseline: number | null;
  target: number;
  latest: number | null;
  progress: number | null;
}

/** Pilots adopted from others (entry route reuse) and the ideas shown adopted by others. */
export interface Adoptions {
  /** Ideas shown that were adopted from another pilot. */
  adopted: number;
  /** Of those, adopted from another installation's pilot. */
  fromOtherInstallations: number;
  /** Of the adopted ideas: scaled, ended without scaling, not ended. */
  scaled: number;
  stopped: number;
  running: number;
  /** The adopted ideas' estimated costs, in the dashboard's currency. */
  reusedCost: number;
  /** Ideas shown that others adopted at least once, and how many ideas were started from them. */
  pilotsAdopted: number;
  timesAdopted: number;
}

/** How long panels' reviews take, in days from a panel's assignment (docs/adr/0039). */
export interface ReviewTime {
  reviews: number;
  medianDays: number;
  p90Days: number;
  /** Reviews on panels still open that are not in. */
  waiting: number;
}
export interface Dashboard {
  filter: {
    organisation: number | null;
    department: string | null;
    theme: string | null;
    from: string;
    to: string;
  };
  stages: { stage: string; label: string }[];
  funnel: { month: string; counts: Record<string, number> }[];
  conversion: GateConversion[];
  timeInStage: StageTime[];
  stopped: {
    ideas: number;
    stopped: number;
    declined: number;
    share: number | null;
    byGate: Record<string, number>;
    reasons: StopReason[];
  };
  cost: {
    estimated: number;
    testBudget: number;
    testSpent: number;
    scaleBudget: number;
    byStage: StageCost[];
  };
  /** The currency of the reader's organisation, which the costs are in (ISO 4217). */
  currency: string;
  benefit: {
    targets: number;
    measured: number;
    met: number;
    meanProgress: number | null;
    items: TargetProgress[];
  };
  adoptions: Adoptions;
  reviewTime: ReviewTime;
}

function query(filter: DashboardFilter) {
  return {
    ...(filter.organisation ? { organisation: Number(filter.organisation) } : {}),
    ...(filter.department ? { department: filter.department } : {}),
    ...(filter.theme ? { theme: filter.theme } : {}),
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
  };
}

/** The dashboard's figures for a filter. */
export async function getDashboard(filter: DashboardFilter): Promise<Dashboard> {
  return await unwrap(api.GET('/api/portfolio/dashboard', { params: { query: query(filter) } }));
}

export const dashboardQueryOptions = (filter: DashboardFilter) =>
  queryOptions({
    queryKey: ['dashboard', filter],
    queryFn: () => getDashboard(filter),
    placeholderData: keepPreviousData,
  });

export function useDashboard(filter: DashboardFilter) {
  return useQuery(dashboardQueryOptions(filter));
}

/** Where the export of what the dashboard shows is downloaded from. */
export function dashboardExportUrl(filter: Dashboard['filter'], format: 'csv' | 'xlsx'): string {
  const params = new URLSearchParams();
  for (const name of dashboardFilterNames) {
    const value = filter[name];
    if (value !== null && value !== '') {
      params.set(name, String(value));
    }
  }
  return `/api/portfolio/dashboard/export.${format}?${params.toString()}`;
}
