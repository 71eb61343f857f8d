import type { CurrentUser } from './api-types';

/**
 * Whether the signed-in person administers anything (an organisation's or a region's admin): the
 * admin pages and their menu entry are theirs. The server decides what they may do there.
 */
export function isAdmin(user: CurrentUser | null | undefined): boolean {
  return user?.roles.some((role) => role === 'ADMIN' || role === 'REGION_ADMIN') ?? false;
}

/** Whether the person administers every organisation of the installation (a region's admin). */
export function isRegionAdmin(user: CurrentUser | null | undefined): boolean {
  return user?.roles.includes('REGION_ADMIN') ?? false;
}
