/**
 * useMemo without React: a value per name, made again only when one of its inputs changed (compared with
 * Object.is, as React compares a memo's dependencies). The scene of a drawing is computed on every render;
 * its parts keep their objects while their inputs do, so memoised views skip their work.
 */
export class Memos {
  private readonly slots = new Map<string, { inputs: readonly unknown[]; value: unknown }>();

  /** The value named `name` for `inputs`: the one made last if they are the same, else `make()`. */
  get<T>(name: string, inputs: readonly unknown[], make: () => T): T {
    const slot = this.slots.get(name);
    if (
      slot &&
      slot.inputs.length === inputs.length &&
      slot.inputs.every((x, i) => Object.is(x, inputs[i]))
    ) {
      return slot.value as T;
    }
    const value = make();
    this.slots.set(name, { inputs, value });
    return value;
  }
}
