/**
 * Query keys shared by features, so that one feature's change can refresh what another shows:
 * invalidating `idea(id)` refreshes the idea and everything under it (decisions, experiments…).
 */
export const queryKeys = {
  board: ['board'] as const,
  idea: (id: number) => ['ideas', id] as const,
  ideaPart: (
    id: number,
    part:
      | 'decisions'
      | 'experiments'
      | 'impact'
      | 'comments'
      | 'region-comments'
      | 'diagram'
      | 'fields',
  ) => ['ideas', id, part] as const,
  myIdeas: ['my-ideas'] as const,
  myTasks: ['my-tasks'] as const,
  gates: ['gates'] as const,
  colleagues: ['colleagues'] as const,
  pickLists: ['pick-lists'] as const,
  customFields: ['custom-fields'] as const,
};
