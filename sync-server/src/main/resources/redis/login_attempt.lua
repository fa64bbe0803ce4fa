-- Reserves one password check for an email from an IP, or refuses. Counting the attempt
-- before the (slow) password check means parallel attempts cannot slip past the limit: at
-- most max attempts per window reach the check. A block is a stored end time, compared with
-- the server's clock; failures during a block are refused before they are counted, so they
-- never extend it.
-- KEYS[1] email+IP state, KEYS[2] email state, KEYS[3] set of IPs seen for the email
-- ARGV: now, window, max, emailWindow, emailMax, ip, gcTtl (all ms / counts)
local now = tonumber(ARGV[1])
local function load(key, window)
  local v = redis.call('HMGET', key, 'n', 'start', 'until')
  local n = tonumber(v[1]) or 0
  local start = tonumber(v[2]) or now
  local untl = tonumber(v[3]) or 0
  if untl > now then
    return n, start, untl
  end
  if now - start >= window then
    n = 0
    start = now
  end
  return n, start, 0
end
local pn, ps, pu = load(KEYS[1], tonumber(ARGV[2]))
if pu > 0 then
  return {0, pu - now, 'pair'}
end
local en, es, eu = load(KEYS[2], tonumber(ARGV[4]))
if eu > 0 then
  return {0, eu - now, 'email'}
end
if pn >= tonumber(ARGV[3]) then
  return {0, 1000, 'busy'}
end
if en >= tonumber(ARGV[5]) then
  return {0, 1000, 'busy'}
end
local gc = tonumber(ARGV[7])
redis.call('HSET', KEYS[1], 'n', pn + 1, 'start', ps, 'until', 0)
redis.call('PEXPIRE', KEYS[1], gc)
redis.call('HSET', KEYS[2], 'n', en + 1, 'start', es, 'until', 0)
redis.call('PEXPIRE', KEYS[2], gc)
redis.call('SADD', KEYS[3], ARGV[6])
redis.call('PEXPIRE', KEYS[3], gc)
return {1, 0, 'ok'}
