/**
 * What an order line says about being a pre-order, from the metadata completion gave it:
 * `{ preorder: true, expected_ship_date: "YYYY-MM-DD" }` or `{ preorder: false, expected_ship_date: null }`.
 */
export function preorderOf(line: { metadata?: Record<string, unknown> | null }) {
  const date = line.metadata?.expected_ship_date
  return line.metadata?.preorder === true && typeof date === "string"
    ? { preorder: true, expected_ship_date: date }
    : { preorder: false, expected_ship_date: null }
}
