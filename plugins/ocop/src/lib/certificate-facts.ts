type Row = Record<string, any>

/** What a certificate says of a product, the same in every view of it (seller, operator, buyer, trace). */
export function certificateFacts(cert: Row) {
  return {
    stars: cert.stars,
    product_group: cert.product_group,
    decision_number: cert.decision_number,
    issuing_authority: cert.issuing_authority,
    level: cert.level,
    decision_date: cert.decision_date,
    expires_on: cert.expires_on,
  }
}
