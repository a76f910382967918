import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process"
import { createInterface } from "node:readline"

export type Managed = { name: string; child: ChildProcess; exited: Promise<number | null> }

/**
 * Spawns a child in a process group of its own (detached), so that stopping it reaches every
 * process below it: `medusa develop` and `nuxt dev` fork workers that do not get SIGTERM from
 * their parent.
 */
export function spawnGroup(name: string, command: string, args: string[], options: SpawnOptions & { prefix?: boolean } = {}): Managed {
  const child = spawn(command, args, { ...options, detached: true, stdio: options.stdio ?? ["pipe", "pipe", "pipe"] })
  if (options.prefix !== false) {
    for (const stream of [child.stdout, child.stderr]) {
      if (!stream) continue
      createInterface({ input: stream }).on("line", (line) => process.stdout.write(`[${name}] ${line}\n`))
    }
  }
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
  return { name, child, exited }
}

/**
 * Stops a process group: SIGTERM, then SIGKILL to whatever is left after graceMs, and returns
 * only when no process of the group is left (so its ports are free).
 */
export async function stopGroup(managed: Managed, graceMs = 5000) {
  const pid = managed.child.pid
  if (!pid) return
  if (managed.child.exitCode === null && managed.child.signalCode === null) {
    killGroup(pid, "SIGTERM")
    const timer = new Promise((resolve) => setTimeout(resolve, graceMs))
    await Promise.race([managed.exited, timer])
  }
  // The leader may be gone while forked workers in its group live on.
  await killGroupNow(managed)
}

/** kill -9 of the whole group, as a crash or the OOM killer would; returns once it is gone. */
export async function killGroupNow(managed: Managed) {
  const pid = managed.child.pid
  if (!pid) return
  killGroup(pid, "SIGKILL")
  for (let waited = 0; groupAlive(pid) && waited < 10_000; waited += 50) await new Promise((r) => setTimeout(r, 50))
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals) {
  if (!pid) return
  try {
    process.kill(-pid, signal)
  } catch {
    // Already gone.
  }
}

/** Waits until the child prints a line matching pattern; rejects if it exits first. */
export function waitForLine(managed: Managed, pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${managed.name}: no ${pattern} within ${timeoutMs} ms`)), timeoutMs)
    const rl = createInterface({ input: managed.child.stdout! })
    rl.on("line", (line) => {
      const match = line.match(pattern)
      if (match) {
        clearTimeout(timer)
        rl.close()
        resolve(match)
      }
    })
    managed.exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`${managed.name} exited with code ${code} before it was ready`))
    })
  })
}

/** Polls url until it answers (any HTTP status below 500). */
export async function waitForHttp(url: string, timeoutMs: number, managed?: Managed): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let exited = false
  managed?.exited.then(() => (exited = true))
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${managed!.name} exited before ${url} answered`)
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (res.status < 500) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}

/**
 * Runs a command to completion; throws on a non-zero exit. With quiet, its output is kept back
 * and shown only in the error when it fails.
 */
export function run(command: string, args: string[], options: SpawnOptions & { quiet?: boolean } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit", ...options })
    let output = ""
    child.stdout?.on("data", (chunk) => (output += chunk))
    child.stderr?.on("data", (chunk) => (output += chunk))
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}\n${output.slice(-4000)}`))
    )
  })
}
