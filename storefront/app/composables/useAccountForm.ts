/**
 * What the sign-up and sign-in forms share: busy while Medusa answers, the form's error (a 401
 * worded by `unauthorizedKey`: a taken email, a wrong password), and on success the page the
 * buyer was going to (?next=, this site only) or the account.
 */
export function useAccountForm(unauthorizedKey: string) {
  const { t } = useI18n()
  const localePath = useLocalePath()
  const route = useRoute()
  const describeError = useStoreError()
  const busy = ref(false)
  const formError = ref("")
  // Not before the page is interactive: the browser would submit the form its own way.
  const interactive = ref(false)
  onMounted(() => (interactive.value = true))

  async function run(action: () => Promise<unknown>) {
    if (busy.value) return
    formError.value = ""
    busy.value = true
    try {
      await action()
      await navigateTo(safeNextPath(route.query.next, localePath("/tai-khoan")))
    } catch (e) {
      formError.value = (e as { status?: number }).status === 401 ? t(unauthorizedKey) : describeError(e)
    } finally {
      busy.value = false
    }
  }
  return { busy, formError, interactive, run }
}
