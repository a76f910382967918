import { storeErrorText } from "~/utils/api-errors"

/** A failed store API call as one sentence for the buyer, in the page's language. */
export function useStoreError() {
  const { t, locale } = useI18n()
  return (error: unknown): string => {
    const said = storeErrorText(error, locale.value)
    return "key" in said ? t(said.key) : said.text
  }
}
