// Contexts: one server, many parallel tests. A request header `contract-stubs-context: <name>`
// selects a world of its own (state, faker, rate limits, request ids: world.ts) for that name,
// created on first use; no header selects the API's default world. Contexts are bounded: past
// the cap, the least recently used one is dropped (its next request starts it afresh).
import type { World } from './world.ts';

/** The request header that selects a context (lower-case, as transports hand headers over). */
export const CONTEXT_HEADER = 'contract-stubs-context';
/**
 * The close code of a WebSocket whose `?context=` names no valid context (a 400 among close
 * codes; browsers cannot send headers with a WebSocket, so the context rides on its URL).
 */
export const CLOSE_BAD_CONTEXT = 4400;
/** Contexts each API keeps before it drops the least recently used one. */
export const DEFAULT_MAX_CONTEXTS = 100;

const NAME = /^[A-Za-z0-9._:-]{1,128}$/;

/** The last name found good: a test's requests name the same context over and over. */
let lastGood: string | undefined;

/** Why `name` is not a context name, or undefined when it is one. */
export function contextNameProblem(name: string): string | undefined {
  if (name === lastGood) return undefined;
  if (!NAME.test(name)) return 'must be 1 to 128 letters, digits, ".", "_", ":" or "-"';
  lastGood = name;
  return undefined;
}

/** Throws when `name` is not a context name (the programmatic twin of the header's 400). */
export function checkContextName(name: string | undefined): void {
  if (name === undefined) return;
  const problem = contextNameProblem(name);
  if (problem !== undefined) throw new Error(`context "${name}" ${problem}`);
}

/** The default world and the contexts' worlds of one API. */
export class Worlds {
  readonly default: World;
  readonly #contexts = new Map<string, World>();
  readonly #max: number;
  readonly #create: () => World;
  /** The most recently used context's world (last in `#contexts`), which needs no re-marking. */
  #newest: World | undefined;

  constructor(create: () => World, max = DEFAULT_MAX_CONTEXTS) {
    this.#create = create;
    this.#max = Math.max(1, max);
    this.default = create();
  }

  /** The world of `context` (created on first use, marked most recently used), or the default one. */
  get(context: string | undefined): World {
    if (context === undefined) return this.default;
    let world = this.#contexts.get(context);
    // A run of requests in one context: it is the most recently used already.
    if (world !== undefined && world === this.#newest) return world;
    if (world) {
      this.#contexts.delete(context);
    } else {
      world = this.#create();
      // One over the cap: the least recently used goes (a Map iterates in insertion order).
      if (this.#contexts.size >= this.#max) {
        const oldest = this.#contexts.keys().next();
        if (!oldest.done) this.#contexts.delete(oldest.value);
      }
    }
    this.#contexts.set(context, world);
    this.#newest = world;
    return world;
  }

  /** The contexts alive now, least recently used first. */
  names(): string[] {
    return [...this.#contexts.keys()];
  }

  /** Forgets one context: its next request starts from a clean world. */
  drop(context: string): void {
    if (this.#contexts.get(context) === this.#newest) this.#newest = undefined;
    this.#contexts.delete(context);
  }

  /** The default world reset and every context forgotten. */
  resetAll(): void {
    this.default.reset();
    this.#contexts.clear();
    this.#newest = undefined;
  }

  /** Every live world, the default one first. */
  all(): World[] {
    return [this.default, ...this.#contexts.values()];
  }
}
