import { describe, expect, it } from "vitest"
import { allowedEdits, correctedQuery, didYouMean, queryWords } from "./lexicon"

// What correctionsSql returns for "vai thiu": known words nearest first, per typed word.
const VAI_THIU = [
  { typed: "thiu", word: "thieu", edits: 1 },
  { typed: "thiu", word: "thit", edits: 1 },
  { typed: "vai", word: "vai", edits: 0 },
]

describe("typo correction through the lexicon", () => {
  it("splits a folded query into the words the tsvector parser sees", () => {
    expect(queryWords("gao st25, 'che' (xanh)")).toEqual(["gao", "st25", "che", "xanh"])
  })

  it("allows no edit below 3 letters, one up to 7, two from 8", () => {
    expect([allowedEdits("ca"), allowedEdits("thiu"), allowedEdits("thieuuu"), allowedEdits("shantuyet")]).toEqual([0, 1, 1, 2])
  })

  it("keeps a known word and ORs a misspelt one with its nearest spellings", () => {
    expect(correctedQuery(["vai", "thiu"], VAI_THIU)).toEqual({ tsquery: "('vai') & ('thieu' | 'thit')", spellings: [["vai"], ["thieu", "thit"]] })
  })

  it("means the spellings the best hit holds, else the most likely ones", () => {
    const spellings = [["vai"], ["thi", "thieu", "thit"]]
    expect(didYouMean(["vai", "thiu"], spellings, ["vai", "thieu", "thanh", "ha"])).toBe("vai thieu")
    // A lychee from "thị xã Chũ" holds both: a dropped letter is the likelier typo.
    expect(didYouMean(["vai", "thiu"], spellings, ["vai", "thieu", "thi", "xa", "chu"])).toBe("vai thieu")
    expect(didYouMean(["vai", "thiu"], spellings, [])).toBe("vai thi")
  })

  it("makes the last word's spellings prefixes for typeahead, the typed word included", () => {
    expect(correctedQuery(["vai", "thiu"], VAI_THIU, "last")?.tsquery).toBe("('vai') & ('thiu':* | 'thieu':* | 'thit':*)")
  })

  it("finds nothing when a word has no near spelling, unless any word may match", () => {
    expect(correctedQuery(["vai", "zzzz"], VAI_THIU)).toBeNull()
    expect(correctedQuery(["vai", "zzzz"], VAI_THIU, "any")).toEqual({ tsquery: "('vai')", spellings: [["vai"], []] })
    expect(correctedQuery([], [])).toBeNull()
  })

  it("quotes what it puts in a tsquery", () => {
    expect(correctedQuery(["a'b"], [{ typed: "a'b", word: "a'b", edits: 0 }])?.tsquery).toBe("('a''b')")
  })
})
