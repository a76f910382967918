import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { certificateProblems, defaultExpiry, type CertificateFacts } from "../../../lib/ocop-rules"
import { ocopError } from "../../../lib/ocop-error"

export type CertificateFactsInput = Omit<CertificateFacts, "expires_on"> & { expires_on?: string | null }

/**
 * Fills in the default expiry (decision + 36 months) and refuses a rating or dates that cannot
 * be right (lib/ocop-rules). The API validators check the same rules field by field; this guards
 * every other caller (seed, scripts) and the fields a resubmission merges. Only computes.
 */
export const checkCertificateFactsStep = createStep("check-ocop-certificate-facts", async (input: CertificateFactsInput) => {
  const facts = { ...input, expires_on: input.expires_on || defaultExpiry(input.decision_date) }
  const [problem] = certificateProblems(facts)
  if (problem) throw ocopError("INVALID_DATA", problem.vi, problem.en)
  return new StepResponse(facts.expires_on)
})
