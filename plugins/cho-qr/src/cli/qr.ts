// Payment QR codes from the command line (run by `npm run -s qr -- …` with Node's type stripping,
// so it needs no build; the plugin build compiles and type-checks it like the rest of src/).
import { parseArgs } from "node:util"
import { decodeEmvco, encodeVietQr, encodeVnpayQr, QrError } from "../lib/emvco/index.ts"

const USAGE = `usage:
  qr vietqr --bin BIN --account NUMBER [--amount VND] [--purpose TEXT] [--card]
  qr vnpay-qr --merchant-id ID --name NAME --city CITY --mcc MCC [--amount VND]
              [--bill TEXT] [--store TEXT] [--reference TEXT] [--terminal TEXT] [--purpose TEXT]
  qr decode PAYLOAD`

class UsageError extends Error {}

/** Only plain digits are an amount here; anything else reaches the codec as NaN and is refused there. */
function amountArg(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined
  return /^\d+$/.test(raw) ? Number(raw) : Number.NaN
}

function run(argv: string[]): string {
  const [command, ...args] = argv
  switch (command) {
    case "vietqr": {
      const { values } = parseArgs({
        args,
        options: {
          bin: { type: "string" },
          account: { type: "string" },
          amount: { type: "string" },
          purpose: { type: "string" },
          card: { type: "boolean" },
        },
      })
      if (values.bin === undefined || values.account === undefined) throw new UsageError("vietqr needs --bin and --account")
      return encodeVietQr({
        bin: values.bin,
        account: values.account,
        amountVnd: amountArg(values.amount),
        purpose: values.purpose,
        service: values.card ? "card" : "account",
      })
    }
    case "vnpay-qr": {
      const { values } = parseArgs({
        args,
        options: {
          "merchant-id": { type: "string" },
          name: { type: "string" },
          city: { type: "string" },
          mcc: { type: "string" },
          amount: { type: "string" },
          bill: { type: "string" },
          store: { type: "string" },
          reference: { type: "string" },
          terminal: { type: "string" },
          purpose: { type: "string" },
        },
      })
      const merchantId = values["merchant-id"]
      const { name, city, mcc } = values
      if (merchantId === undefined || name === undefined || city === undefined || mcc === undefined) {
        throw new UsageError("vnpay-qr needs --merchant-id, --name, --city and --mcc")
      }
      return encodeVnpayQr({
        merchantId,
        merchantName: name,
        city,
        mcc,
        amountVnd: amountArg(values.amount),
        billNumber: values.bill,
        storeLabel: values.store,
        referenceLabel: values.reference,
        terminalLabel: values.terminal,
        purpose: values.purpose,
      })
    }
    case "decode": {
      const { positionals } = parseArgs({ args, allowPositionals: true })
      if (positionals.length !== 1) throw new UsageError("decode needs exactly one PAYLOAD")
      return JSON.stringify(decodeEmvco(positionals[0].trim()), null, 2)
    }
    default:
      throw new UsageError(command === undefined ? "no command given" : `unknown command "${command}"`)
  }
}

try {
  process.stdout.write(`${run(process.argv.slice(2))}\n`)
} catch (error) {
  if (error instanceof QrError) {
    process.stderr.write(`qr: ${error.code}: ${error.message}\n`)
    process.exitCode = 1
  } else if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
    process.stderr.write(`qr: ${(error as Error).message}\n${USAGE}\n`)
    process.exitCode = 2
  } else {
    throw error
  }
}
