/**
 * Integer socket options on a file descriptor, through libc's `setsockopt`/`getsockopt`, plus the
 * `socket`/`bind`/`close` calls that let a listener get its options before `listen(2)`.
 *
 * This is the only module that calls native code (koffi), loaded at the first call. Where it cannot
 * (not Linux, or koffi's binary did not load) `layerLinux` degrades to `layerNull`, which reports
 * every option as unsupported instead of crashing the process.
 */
import * as Context from "effect/Context"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Koffi from "koffi"
import * as Fs from "node:fs"
import { createRequire } from "node:module"
import * as Os from "node:os"
import * as Path from "node:path"

/** Linux's (level, name) of each option this module knows. */
const definitions = {
  SO_REUSEADDR: [1, 2],
  SO_REUSEPORT: [1, 15],
  SO_SNDBUF: [1, 7],
  SO_RCVBUF: [1, 8],
  SO_KEEPALIVE: [1, 9],
  TCP_NODELAY: [6, 1],
  TCP_KEEPIDLE: [6, 4],
  TCP_KEEPINTVL: [6, 5],
  TCP_KEEPCNT: [6, 6],
  TCP_USER_TIMEOUT: [6, 18],
  IPV6_V6ONLY: [41, 26],
  SO_TYPE: [1, 3],
  SO_ACCEPTCONN: [1, 30],
  SO_DOMAIN: [1, 39]
} as const

export type OptionName = keyof typeof definitions

/** `TCP_INFO` (level IPPROTO_TCP, name 11): a struct, read whole, not an integer option. */
const TCP_INFO = 11
/**
 * Where `struct tcp_info` keeps, for a listening socket, the accept queue's current length
 * (`tcpi_unacked`, from `sk_ack_backlog`) and its limit (`tcpi_sacked`, `sk_max_ack_backlog`): after
 * eight one-byte fields and the u32s rto, ato, snd_mss and rcv_mss.
 */
const TCPI_UNACKED = 24
const TCPI_SACKED = 28
const TCP_INFO_SIZE = 32

/**
 * A classic BPF socket filter that drops a bare SYN (flags SYN set, ACK clear; the filter sees the
 * packet from the TCP header, flags at byte 13) and passes everything else. On a listener it stops
 * new handshakes while the final ACKs of those under way still complete them into the accept queue.
 */
const dropSynProgram = (() => {
  const instructions: ReadonlyArray<readonly [code: number, jt: number, jf: number, k: number]> = [
    [0x30, 0, 0, 13], // ldb [13]
    [0x54, 0, 0, 0x12], // and #(SYN | ACK)
    [0x15, 0, 1, 0x02], // jeq #SYN, drop, pass
    [0x06, 0, 0, 0], // drop: ret #0
    [0x06, 0, 0, 0xffffffff] // pass: ret #-1 (the whole packet)
  ]
  const program = Buffer.alloc(8 * instructions.length)
  instructions.forEach(([code, jt, jf, k], i) => {
    program.writeUInt16LE(code, 8 * i)
    program.writeUInt8(jt, 8 * i + 2)
    program.writeUInt8(jf, 8 * i + 3)
    program.writeUInt32LE(k, 8 * i + 4)
  })
  return { length: instructions.length, program }
})()
const SO_ATTACH_FILTER = 26
const SO_DETACH_FILTER = 27

export const optionNames = Object.keys(definitions) as ReadonlyArray<OptionName>

const errnoNames = new Map<number, string>(
  Object.entries(Os.constants.errno).map(([name, value]) => [value, name])
)

/** The symbolic name of an errno value, as `strerror`'s man page spells it (`EBADF`). */
export const errnoCode = (errno: number): string => errnoNames.get(errno) ?? `errno ${errno}`

/** `setsockopt`/`getsockopt` failed, or cannot be called on this host (`reason` "Unsupported"). */
export class SocketOptionError extends Data.TaggedError("SocketOptionError")<{
  readonly reason: "Unsupported" | "SystemCall"
  readonly operation: "set" | "get"
  readonly option: OptionName | "TCP_INFO" | "SO_ATTACH_FILTER" | "SO_DETACH_FILTER" | "SO_PEERNAME"
  readonly fd: number
  readonly errno?: number
  readonly code: string
}> {
  override get message(): string {
    return this.reason === "Unsupported"
      ? `${this.option} is not supported on this host`
      : `${this.operation}sockopt(${this.fd}, ${this.option}) failed: ${this.code}`
  }
}

/**
 * `socket`, `bind` or `close` failed (`code` is the errno name, e.g. `EADDRINUSE`), or `inet_pton`
 * found no address in the text to bind (`EINVAL`).
 */
export class SocketCallError extends Data.TaggedError("SocketCallError")<{
  readonly syscall: "socket" | "bind" | "close" | "inet_pton" | "getsockname"
  readonly errno?: number
  readonly code: string
}> {
  override get message(): string {
    return `${this.syscall} failed: ${this.code}`
  }
}

/** A listening socket's accept queue: connections the kernel completed that no `accept` took yet. */
export interface AcceptQueue {
  readonly pending: number
  /** The effective backlog (`listen`'s argument clamped to somaxconn). */
  readonly limit: number
}

/** The far end of a connected socket. */
export interface PeerName {
  readonly address: string
  readonly port: number
}

export interface BindAddress {
  readonly family: 4 | 6
  /** Any spelling `inet_pton` reads (`::ffff:127.0.0.1`, `0:0:0:0:0:0:0:1`), an IPv6 one with a zone (`fe80::1%eth0`). */
  readonly address: string
  readonly port: number
}

export class SocketOptions extends Context.Tag("tcp-echo/SocketOptions")<
  SocketOptions,
  {
    /**
     * False for the null implementation: every call fails with reason "Unsupported". True for
     * `layerLinux` wherever koffi is installed, even if it then fails to load at the first call.
     */
    readonly native: boolean
    readonly set: (fd: number, option: OptionName, value: number) => Effect.Effect<void, SocketOptionError>
    readonly get: (fd: number, option: OptionName) => Effect.Effect<number, SocketOptionError>
    /** The accept queue of a listening socket, from `TCP_INFO`. */
    readonly acceptQueue: (fd: number) => Effect.Effect<AcceptQueue, SocketOptionError>
    /**
     * A connected socket's TCP state (`tcpi_state` of `TCP_INFO`: 1 established, 7 closed by a reset,
     * 8 close-wait after the peer's FIN, ...), which tells a socket that is not read whether its peer left.
     */
    readonly tcpState: (fd: number) => Effect.Effect<number, SocketOptionError>
    /**
     * Makes a listener drop new SYNs (a BPF filter), so that its accept queue can be emptied before it
     * closes. A dropped client retries its SYN about a second later and is then refused.
     */
    readonly stopHandshakes: (fd: number) => Effect.Effect<void, SocketOptionError>
    /**
     * The peer's address from `SO_PEERNAME`. Unlike `getpeername(2)` (Node's `remoteAddress`), it
     * still answers once the peer has reset the connection: a client that resets right after
     * connecting, before the server accepted it, is still known by its address.
     */
    readonly peerName: (fd: number) => Effect.Effect<PeerName, SocketOptionError>
    /**
     * Removes `stopHandshakes`'s filter: before closing a listener that outlives this process (one
     * systemd handed over and keeps), so that it takes handshakes again for the next one.
     */
    readonly resumeHandshakes: (fd: number) => Effect.Effect<void, SocketOptionError>
    /** A new non-blocking, close-on-exec TCP socket, not yet bound. */
    readonly socket: (family: 4 | 6) => Effect.Effect<number, SocketCallError>
    readonly bind: (fd: number, address: BindAddress) => Effect.Effect<void, SocketCallError>
    /** The port a socket is bound to (`getsockname`): the one the kernel chose for port 0. */
    readonly boundPort: (fd: number) => Effect.Effect<number, SocketCallError>
    readonly close: (fd: number) => Effect.Effect<void, SocketCallError>
  }
>() {}

const unsupportedCall = (syscall: SocketCallError["syscall"]) =>
  Effect.fail(new SocketCallError({ syscall, code: "ENOTSUP" }))

/** The failure of an option this host cannot set or read. */
const unsupportedOption = (operation: SocketOptionError["operation"], option: SocketOptionError["option"], fd: number) =>
  Effect.fail(new SocketOptionError({ reason: "Unsupported", operation, option, fd, code: "ENOTSUP" }))

export const makeNull: Context.Tag.Service<SocketOptions> = {
  native: false,
  set: (fd, option) => unsupportedOption("set", option, fd),
  get: (fd, option) => unsupportedOption("get", option, fd),
  acceptQueue: (fd) => unsupportedOption("get", "TCP_INFO", fd),
  tcpState: (fd) => unsupportedOption("get", "TCP_INFO", fd),
  stopHandshakes: (fd) => unsupportedOption("set", "SO_ATTACH_FILTER", fd),
  peerName: (fd) => unsupportedOption("get", "SO_PEERNAME", fd),
  resumeHandshakes: (fd) => unsupportedOption("set", "SO_DETACH_FILTER", fd),
  socket: () => unsupportedCall("socket"),
  bind: () => unsupportedCall("bind"),
  boundPort: () => unsupportedCall("getsockname"),
  close: () => unsupportedCall("close")
}

export const layerNull: Layer.Layer<SocketOptions> = Layer.succeed(SocketOptions, makeNull)

const AF_INET = 2
const AF_INET6 = 10
const SOCK_STREAM = 1
const SOCK_NONBLOCK = 0o4000
const SOCK_CLOEXEC = 0o2000000

/** Whether `SO_DOMAIN` and `SO_TYPE` values are a TCP socket's: a stream of IPv4 or IPv6. */
export const isTcp = (domain: number, type: number): boolean =>
  type === SOCK_STREAM && (domain === AF_INET || domain === AF_INET6)

const SO_PEERNAME = 28

/**
 * A `sockaddr_in` or `sockaddr_in6` read back, written as Node writes addresses: `127.0.0.1`,
 * `::1`, `::ffff:127.0.0.1` for an IPv4 client of a dual-stack listener.
 */
const peerOf = (buffer: Buffer): PeerName => {
  const port = buffer.readUInt16BE(2)
  if (buffer.readUInt16LE(0) === AF_INET) return { address: [...buffer.subarray(4, 8)].join("."), port }
  const bytes = buffer.subarray(8, 24)
  if (bytes.subarray(0, 10).every((b) => b === 0) && bytes.readUInt16BE(10) === 0xffff) {
    return { address: `::ffff:${[...bytes.subarray(12)].join(".")}`, port }
  }
  const groups = Array.from({ length: 8 }, (_, i) => bytes.readUInt16BE(2 * i).toString(16))
  // The URL parser writes an IPv6 address in its shortest form (RFC 5952), as inet_ntop does.
  return { address: new URL(`http://[${groups.join(":")}]/`).hostname.slice(1, -1), port }
}

/**
 * `SO_PEERNAME` of `fd` through libc's `getsockopt` (`error` reads errno when it failed). The kernel
 * refuses a length longer than the address: ask for an IPv4 one, then for the whole IPv6 one if that
 * is what the family says.
 */
const readPeerName = (
  fd: number,
  getsockopt: (fd: number, level: number, name: number, value: Buffer, size: Array<number>) => number,
  error: (operation: "get", fd: number, option: "SO_PEERNAME") => SocketOptionError
) =>
  Effect.suspend(() => {
    const buffer = Buffer.alloc(28)
    const get = (size: number) => getsockopt(fd, 1, SO_PEERNAME, buffer, [size]) === 0
    const read = get(16) && (buffer.readUInt16LE(0) !== AF_INET6 || get(28))
    return read ? Effect.succeed(peerOf(buffer)) : Effect.fail(error("get", fd, "SO_PEERNAME"))
  })

/**
 * `bind(2)` to an address read by libc's own parser into a `struct sockaddr_in` or `sockaddr_in6`
 * (a hand-written one read the dotted tail of `::ffff:127.0.0.1` as hex); a zone (`%eth0` or `%2`)
 * is the scope id. Returns bind's result, or an errno name where there is no address to bind:
 * `EINVAL` for text that is none, `ENODEV` for a zone naming no interface.
 */
const makeBind = (libc: Koffi.LibraryHandle) => {
  // The koffi boundary: its function handles are untyped.
  const bind: (fd: number, address: Buffer, size: number) => number = libc.func(
    "int bind(int, _In_ uint8_t *, uint32_t)"
  ) as any
  const inetPton: (family: number, text: string, address: Buffer) => number = libc.func(
    "int inet_pton(int, const char *, void *)"
  ) as any
  const ifNameToIndex: (name: string) => number = libc.func("unsigned int if_nametoindex(const char *)") as any
  return (fd: number, { address, family, port }: BindAddress): number | "EINVAL" | "ENODEV" => {
    const buffer = Buffer.alloc(family === 4 ? 16 : 28)
    buffer.writeUInt16LE(family === 4 ? AF_INET : AF_INET6, 0)
    buffer.writeUInt16BE(port, 2)
    const [host = "", zone] = address.split("%")
    const at = family === 4 ? 4 : 8
    if (inetPton(family === 4 ? AF_INET : AF_INET6, host, buffer.subarray(at, at + (family === 4 ? 4 : 16))) !== 1) {
      return "EINVAL"
    }
    if (family === 6 && zone !== undefined) {
      const scope = /^\d+$/.test(zone) ? Number(zone) : ifNameToIndex(zone)
      if (scope === 0) return "ENODEV"
      buffer.writeUInt32LE(scope, 24)
    }
    return bind(fd, buffer, buffer.length)
  }
}

/** The libc functions this module calls, declared through koffi. */
const libcFunctions = (koffi: typeof Koffi, libc: Koffi.LibraryHandle) => {
  // The koffi boundary: its function handles are untyped.
  const setsockopt: (fd: number, level: number, name: number, value: Array<number>, size: number) => number = libc
    .func("int setsockopt(int, int, int, _In_ int *, uint32_t)") as any
  const getsockopt: (fd: number, level: number, name: number, value: Array<number>, size: Array<number>) => number =
    libc.func("int getsockopt(int, int, int, _Out_ int *, _Inout_ uint32_t *)") as any
  const getsockoptStruct: (fd: number, level: number, name: number, value: Buffer, size: Array<number>) => number =
    libc.func("getsockopt", "int", ["int", "int", "int", "void *", koffi.inout(koffi.pointer("uint32_t"))]) as any
  const SockFprog = koffi.struct({ len: "uint16_t", filter: "void *" })
  const attachFilter: (fd: number, level: number, name: number, value: object, size: number) => number = libc.func(
    "setsockopt",
    "int",
    ["int", "int", "int", koffi.pointer(SockFprog), "uint32_t"]
  ) as any
  const socket: (domain: number, type: number, protocol: number) => number = libc.func("int socket(int, int, int)") as any
  const close: (fd: number) => number = libc.func("int close(int)") as any
  const bind = makeBind(libc)
  const getsockname: (fd: number, address: Buffer, size: Array<number>) => number = libc.func(
    "getsockname",
    "int",
    ["int", "void *", koffi.inout(koffi.pointer("uint32_t"))]
  ) as any
  return {
    attachFilter,
    bind,
    close,
    getsockname,
    getsockopt,
    getsockoptStruct,
    setsockopt,
    socket,
    sockFprogSize: koffi.sizeof(SockFprog)
  }
}

/** `require` from here: __filename in the CommonJS bundle (the CLI) and under vitest; import.meta.url in the ESM library. */
const requireHere = () => createRequire(typeof __filename === "string" ? __filename : import.meta.url)

/** Loads koffi and libc through it, at once. */
export const makeLinux: Effect.Effect<Context.Tag.Service<SocketOptions>, unknown> = Effect.gen(function*() {
  const koffi = yield* Effect.try({ try: () => requireHere()("koffi") as typeof Koffi, catch: (cause) => cause })
  const libc = yield* Effect.try({ try: () => koffi.load("libc.so.6"), catch: (cause) => cause })
  const { attachFilter, bind, close, getsockname, getsockopt, getsockoptStruct, setsockopt, socket, sockFprogSize } =
    libcFunctions(koffi, libc)

  const optionError = (operation: "set" | "get", fd: number, option: SocketOptionError["option"]) => {
    const errno = koffi.errno()
    return new SocketOptionError({ reason: "SystemCall", operation, option, fd, errno, code: errnoCode(errno) })
  }
  const tcpInfo = (fd: number) =>
    Effect.suspend(() => {
      const info = Buffer.alloc(TCP_INFO_SIZE)
      return getsockoptStruct(fd, 6, TCP_INFO, info, [TCP_INFO_SIZE]) === 0
        ? Effect.succeed(info)
        : Effect.fail(optionError("get", fd, "TCP_INFO"))
    })
  const callError = (syscall: SocketCallError["syscall"]) => {
    const errno = koffi.errno()
    return new SocketCallError({ syscall, errno, code: errnoCode(errno) })
  }

  return SocketOptions.of({
    native: true,
    set: (fd, option, value) =>
      Effect.suspend(() => {
        const [level, name] = definitions[option]
        return setsockopt(fd, level, name, [value], 4) === 0 ? Effect.void : Effect.fail(optionError("set", fd, option))
      }),
    get: (fd, option) =>
      Effect.suspend(() => {
        const [level, name] = definitions[option]
        const value = [0]
        return getsockopt(fd, level, name, value, [4]) === 0
          ? Effect.succeed(value[0]!)
          : Effect.fail(optionError("get", fd, option))
      }),
    acceptQueue: (fd) =>
      Effect.map(tcpInfo(fd), (info) => ({ pending: info.readUInt32LE(TCPI_UNACKED), limit: info.readUInt32LE(TCPI_SACKED) })),
    tcpState: (fd) => Effect.map(tcpInfo(fd), (info) => info.readUInt8(0)),
    stopHandshakes: (fd) =>
      Effect.suspend(() =>
        attachFilter(fd, 1, SO_ATTACH_FILTER, { len: dropSynProgram.length, filter: dropSynProgram.program }, sockFprogSize) === 0
          ? Effect.void
          : Effect.fail(optionError("set", fd, "SO_ATTACH_FILTER"))
      ),
    peerName: (fd) => readPeerName(fd, getsockoptStruct, optionError),
    resumeHandshakes: (fd) =>
      Effect.suspend(() =>
        setsockopt(fd, 1, SO_DETACH_FILTER, [0], 4) === 0 ? Effect.void : Effect.fail(optionError("set", fd, "SO_DETACH_FILTER"))
      ),
    socket: (family) =>
      Effect.suspend(() => {
        const fd = socket(family === 4 ? AF_INET : AF_INET6, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0)
        return fd >= 0 ? Effect.succeed(fd) : Effect.fail(callError("socket"))
      }),
    bind: (fd, address) =>
      Effect.suspend(() => {
        const result = bind(fd, address)
        if (typeof result === "string") return Effect.fail(new SocketCallError({ syscall: "inet_pton", code: result }))
        return result === 0 ? Effect.void : Effect.fail(callError("bind"))
      }),
    boundPort: (fd) =>
      Effect.suspend(() => {
        // sockaddr_in and sockaddr_in6 both keep the port at byte 2, in network order.
        const address = Buffer.alloc(28)
        return getsockname(fd, address, [28]) === 0
          ? Effect.succeed(address.readUInt16BE(2))
          : Effect.fail(callError("getsockname"))
      }),
    close: (fd) => Effect.suspend(() => (close(fd) === 0 ? Effect.void : Effect.fail(callError("close"))))
  })
})

/** The null implementation, with the reason logged at warning level (a tuned server without its options is worth a word). */
const unavailable = (cause: unknown) =>
  Effect.as(
    Effect.logWarning(`native socket options unavailable, socket tuning is off: ${
      cause instanceof Error ? cause.message : String(cause)
    }`),
    makeNull
  )

/** A native service that makes `make`'s at its first call and hands every call to it. */
const onFirstCall = (make: Effect.Effect<Context.Tag.Service<SocketOptions>>): Context.Tag.Service<SocketOptions> => {
  let made: Context.Tag.Service<SocketOptions> | undefined
  const service = Effect.suspend(() =>
    made === undefined ? Effect.tap(make, (service) => Effect.sync(() => void (made = service))) : Effect.succeed(made)
  )
  return {
    native: true,
    set: (fd, option, value) => Effect.flatMap(service, (s) => s.set(fd, option, value)),
    get: (fd, option) => Effect.flatMap(service, (s) => s.get(fd, option)),
    acceptQueue: (fd) => Effect.flatMap(service, (s) => s.acceptQueue(fd)),
    tcpState: (fd) => Effect.flatMap(service, (s) => s.tcpState(fd)),
    stopHandshakes: (fd) => Effect.flatMap(service, (s) => s.stopHandshakes(fd)),
    peerName: (fd) => Effect.flatMap(service, (s) => s.peerName(fd)),
    resumeHandshakes: (fd) => Effect.flatMap(service, (s) => s.resumeHandshakes(fd)),
    socket: (family) => Effect.flatMap(service, (s) => s.socket(family)),
    bind: (fd, address) => Effect.flatMap(service, (s) => s.bind(fd, address)),
    boundPort: (fd) => Effect.flatMap(service, (s) => s.boundPort(fd)),
    close: (fd) => Effect.flatMap(service, (s) => s.close(fd))
  }
}

/**
 * Whether koffi is installed: a folder of that name where `require` would look. Resolving it outright
 * reads and follows its package.json, which takes about 3 ms of a start; a koffi that is there but
 * does not load is found at the first call anyway.
 */
const koffiInstalled = Effect.sync(() =>
  (requireHere().resolve.paths("koffi") ?? []).some((folder) => Fs.existsSync(Path.join(folder, "koffi", "package.json")))
)

/**
 * libc through koffi, loaded at the first call rather than with the layer: a `serve` that sets no
 * option before listen(2) listens without it (loading it takes about 11 ms; README, Start-up).
 * Where koffi is not installed, the null implementation from the start. Where it is but does not
 * load, that is found at the first call, which, like every later one, is then answered by the null
 * implementation; the reason is logged once, at warning level, either way.
 */
export const layerLinux: Layer.Layer<SocketOptions> = Layer.effect(
  SocketOptions,
  Effect.flatMap(koffiInstalled, (installed) =>
    installed
      ? Effect.succeed(onFirstCall(makeLinux.pipe(Effect.catchAll(unavailable))))
      : unavailable(new Error("cannot find package 'koffi'")))
)
