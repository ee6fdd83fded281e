// Plain Node echo (as ../shared/bench's node-net-echo.mjs) listening on a socket made with koffi's
// socket()+bind() and handed over as {fd}, as EchoServer does. Usage: node fd-listen-echo.cjs PORT
const koffi = require("koffi"), net = require("node:net")
const libc = koffi.load("libc.so.6")
const socket = libc.func("int socket(int, int, int)")
const bind = libc.func("int bind(int, _In_ uint8_t *, uint32_t)")
const setsockopt = libc.func("int setsockopt(int, int, int, _In_ int *, uint32_t)")
const fd = socket(2, 1 | 0o4000 | 0o2000000, 0)
setsockopt(fd, 1, 2, [1], 4)
const sa = Buffer.alloc(16); sa.writeUInt16LE(2, 0); sa.writeUInt16BE(Number(process.argv[2]), 2); sa.set([127, 0, 0, 1], 4)
if (bind(fd, sa, 16) !== 0) throw new Error("bind")
const server = net.createServer({ allowHalfOpen: true }, (s) => {
  s.on("data", (c) => { if (!s.write(c)) { s.pause(); s.once("drain", () => s.resume()) } })
  s.on("end", () => s.end())
  s.on("error", () => s.destroy())
})
server.listen({ fd }, 511, () => console.error(`listening on 127.0.0.1:${server.address().port}`))
