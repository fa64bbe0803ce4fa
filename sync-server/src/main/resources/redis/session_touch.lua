-- One round trip per authenticated request: is the session alive, is it within its rate
-- limit, and slide its idle timeout. Times come from the server's clock (ARGV), so tests can
-- move time; Redis TTLs only collect garbage.
-- KEYS[1] session hash, KEYS[2] rate counter of this session and minute
-- ARGV[1] now (ms), ARGV[2] idle timeout (ms), ARGV[3] max calls per window, ARGV[4] window (ms),
-- ARGV[5] extra TTL for garbage collection (ms)
-- KEYS[3], optional: a cache key the request will read; its value (or nil) is added to an 'ok'
-- answer only, so a cached answer costs no second round trip (see Prefetched.java)
local s = redis.call('HMGET', KEYS[1], 'uid', 'email', 'roles', 'created', 'lastSeen', 'absExp', 'restrict',
  'wroteAt')
if not s[1] then
  return {'missing'}
end
local now = tonumber(ARGV[1])
local idle = tonumber(ARGV[2])
local absExp = tonumber(s[6])
if absExp <= now then
  return {'expired', s[5]}
end
if tonumber(s[5]) + idle <= now then
  return {'expired', s[5]}
end
local calls = redis.call('INCR', KEYS[2])
if calls == 1 then
  redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[4]) + 1000)
end
if calls > tonumber(ARGV[3]) then
  return {'limited', tostring(redis.call('PTTL', KEYS[2]))}
end
redis.call('HSET', KEYS[1], 'lastSeen', ARGV[1])
local ttl = math.min(idle, absExp - now)
redis.call('PEXPIRE', KEYS[1], ttl + tonumber(ARGV[5]))
local ok = {'ok', s[1], s[2], s[3], s[4], s[6], s[7] or '', s[8] or ''}
if KEYS[3] then
  ok[9] = redis.call('GET', KEYS[3])
end
return ok
