export { setOcopCertifiedCountWorkflow } from "./set-ocop-certified-count"
