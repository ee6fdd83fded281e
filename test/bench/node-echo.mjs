// The baseline for `npm run bench`: a plain Node echo server, as ../shared/bench/peers/node-net-echo.mjs.
// Usage: node test/bench/node-echo.mjs PORT (0 picks one). allowHalfOpen, so on the client's FIN it
// echoes what it holds, then ends; a write() that returns false pauses reading until 'drain'.
// Default Nagle (no setNoDelay) and backlog 511; no timeouts.
import net from "node:net"

const port = Number(process.argv[2] ?? 0)

const server = net.createServer({ allowHalfOpen: true }, (socket) => {
  socket.on("data", (chunk) => {
    if (!socket.write(chunk)) {
      socket.pause()
      socket.once("drain", () => socket.resume())
    }
  })
  socket.on("end", () => socket.end())
  socket.on("error", () => socket.destroy())
})

server.on("error", (error) => {
  console.error(`node-echo: ${error.message}`)
  process.exit(1)
})

server.listen(port, "127.0.0.1", () => {
  console.error(`listening on 127.0.0.1:${server.address().port}`)
})
