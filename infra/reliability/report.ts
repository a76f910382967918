// What a reliability case tried and what held, printed as it goes so that a CI log reads as the
// case's own account, not only as a pass or fail.
export function caseReport(name: string) {
  const line = (tag: string, text: string) => console.log(`[reliability] ${name} | ${tag} ${text}`)
  return {
    tried: (text: string) => line("tried:", text),
    held: (text: string) => line("held: ", text),
  }
}
