const mods = process.argv.slice(2)
const v8 = await import('node:v8')
const m = () => { for (let i=0;i<4;i++) gc(); const u = process.memoryUsage(); const ns = v8.getHeapSpaceStatistics().find(s=>s.space_name==='new_space'); return `rss ${(u.rss/1048576).toFixed(1)} heap ${(u.heapUsed/1048576).toFixed(1)} new ${(ns.physical_space_size/1048576).toFixed(1)}` }
console.log('base', m())
for (const mod of mods) { await import(mod); console.log(mod, m()) }
