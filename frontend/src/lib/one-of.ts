/**
 * A guard for one of a fixed list of names, such as the model keys the locale files translate:
 * `oneOf(['plan', 'test'] as const)('plan')` narrows its argument to `'plan' | 'test'`.
 */
export function oneOf<Name extends string>(names: readonly Name[]) {
  return (value: string): value is Name => (names as readonly string[]).includes(value);
}
