// Background work (parses in steps, validations in steps) takes turns of the event loop: one piece of
// work per turn, with the client's requests read in between. Opening 200 files starts 200 parses and
// 200 validations at once; run side by side they would hold the loop for the sum of their steps in one
// turn, and each would keep its half-built parse alive while the others ran, so the garbage collector
// would move all of them to the old generation. Here the task that started first goes on first (its
// ticket), so one half-built parse is alive at a time; a request's own steps (ticket 0) go before all.
let tickets = 0;
/** A new task's place in line. */
export const ticket = (): number => ++tickets;

const waiting: { t: number; go: () => void }[] = [];
let worked = false;
let pumping = false;

function pump(): void {
  pumping = false;
  worked = false;
  const next = waiting.shift();
  if (next) claim(next.go);
}

function claim(go?: () => void): void {
  worked = true;
  if (!pumping) {
    pumping = true;
    setImmediate(pump);
  }
  go?.();
}

/** Waits for the task's next turn, always letting the event loop turn first. */
export function nextTurn(t: number): Promise<void> {
  return new Promise((go) => {
    let i = waiting.length;
    while (i > 0 && waiting[i - 1].t > t) i--;
    waiting.splice(i, 0, { t, go });
    if (!worked && !pumping) claim();
  });
}

/** Undefined when the task may work now (nobody has this turn and nobody waits); else its next turn. */
export function turn(t: number): Promise<void> | undefined {
  if (worked || waiting.length) return nextTurn(t);
  claim();
  return undefined;
}
