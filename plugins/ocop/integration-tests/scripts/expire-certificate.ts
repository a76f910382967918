// Run by ocop-certificates.test.ts through `medusa exec`: a certificate's expiry is moved to
// yesterday (Vietnam time), as time passing would do, then the scheduled job runs as Medusa runs
// it. Args: the JSON file to write the job's answer to, then the certificate id.
import { writeFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import expireOcopCertificates from "@nongsan/ocop/jobs/expire-ocop-certificates"
import { OCOP_MODULE, type OcopModuleService } from "@nongsan/ocop/modules/ocop"
import { vietnamToday } from "@nongsan/ocop/lib/calendar-date"

export default async function expireCertificate({ container, args: [output, id] }: ExecArgs) {
  const yesterday = vietnamToday(new Date(Date.now() - 24 * 60 * 60 * 1000))
  await container.resolve<OcopModuleService>(OCOP_MODULE).updateOcopCertificates({ id, expires_on: yesterday })
  const expired = await expireOcopCertificates(container)
  writeFileSync(output, JSON.stringify({ expired, yesterday }))
}
