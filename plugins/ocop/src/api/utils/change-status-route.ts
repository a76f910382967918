import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { OcopStatusAction } from "../../workflows/ocop-certificate/steps/validate-ocop-status-change"
import { changeOcopCertificateStatusWorkflow } from "../../workflows/ocop-certificate/workflows/change-ocop-certificate-status"
import { loadAdminCertificate } from "./load-admin-certificate"

/** POST /admin/ocop-certificates/:id/<action>: the operator's decision, answered with the certificate. */
export function changeStatusRoute(action: Exclude<OcopStatusAction, "expire">) {
  return async (req: AuthenticatedMedusaRequest<{ reason?: string }>, res: MedusaResponse) => {
    await changeOcopCertificateStatusWorkflow(req.scope).run({
      input: { id: req.params.id, action, reason: req.validatedBody?.reason, actor: { type: "user", id: req.auth_context.actor_id } },
    })
    res.json({ certificate: await loadAdminCertificate(req.scope, req.params.id) })
  }
}
