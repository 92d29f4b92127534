/**
 * The indices 0 … count − 1 in a shuffled order (Fisher–Yates with the
 * seeded `random`): each round of page loads in the benchmark runs in its
 * own order, so that no page always follows the same (heavy) one.
 */
export function shuffledOrder(count: number, random: { next(): number }): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let k = order.length - 1; k > 0; k -= 1) {
    const j = Math.floor(random.next() * (k + 1));
    [order[k], order[j]] = [order[j]!, order[k]!];
  }
  return order;
}
