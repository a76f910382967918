// Reads a text/event-stream response the way a browser's EventSource does (blocks split by a blank
// line, `id:` and `data:` fields), for tests and the bench that follow a live feed over plain fetch.

export type ServerSentEvent = { id?: string; data: string }

/** Calls onEvent for each event with data until the stream ends or its fetch is aborted. */
export async function readServerSentEvents(res: Response, onEvent: (event: ServerSentEvent) => void): Promise<void> {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ""
  try {
    for (;;) {
      const { value, done } = await reader.read()
      if (done) return
      buffer += value
      const blocks = buffer.split("\n\n")
      buffer = blocks.pop()!
      for (const block of blocks) {
        const data = block.match(/^data: (.*)$/m)?.[1]
        if (data) onEvent({ id: block.match(/^id: (.*)$/m)?.[1], data })
      }
    }
  } catch {
    // Aborted by the reader's owner: the feed is closed.
  }
}
