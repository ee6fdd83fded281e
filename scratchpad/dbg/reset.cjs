const net = require('net')
const koffi=require('koffi');const set=koffi.load('libc.so.6').func('int setsockopt(int,int,int,_In_ int*,uint32_t)');
const srv = net.createServer({allowHalfOpen:true}, (s) => { set(s._handle.fd,1,7,[16384],4);
  s.on('data', (d) => { if (!s.write(d)) s.pause() })
  s.on('close', () => console.log('server close'))
  s.on('error', (e) => console.log('server err', e.code))
  setTimeout(() => { console.log('pending', s.writableLength, s._handle.writeQueueSize); s.resetAndDestroy(); console.log('destroyed', s.destroyed) }, 300)
}).listen(0, '127.0.0.1', () => {
  const c = net.connect(srv.address().port, '127.0.0.1', () => { c.pause(); c.write(Buffer.alloc(4<<20)) })
  c.on('error', e => console.log('client err', e.code))
  setTimeout(() => { c.resume(); c.on('close', () => { console.log('client close'); srv.close() }) }, 600)
})
