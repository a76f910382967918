import type { SellerApiError } from "~/composables/useSellerApi"

/**
 * One independently saved part of a form (profile, bank account …): its field errors, a "saved"
 * note and a busy flag around a save call. On failure the first invalid field gets the focus.
 */
export function useSaveSection() {
  const errors = ref<Record<string, string>>({})
  const message = ref("")
  const saved = ref(false)
  const busy = ref(false)
  const el = ref<HTMLElement | null>(null)

  async function run(save: () => Promise<unknown>, clientErrors: Record<string, string> = {}) {
    errors.value = clientErrors
    message.value = ""
    saved.value = false
    if (!Object.keys(clientErrors).length) {
      busy.value = true
      try {
        await save()
        saved.value = true
        return true
      } catch (e) {
        const error = e as SellerApiError
        errors.value = error.fields
        message.value = error.message
      } finally {
        busy.value = false
      }
    }
    await nextTick()
    el.value?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
    return false
  }
  return { errors, message, saved, busy, el, run }
}
