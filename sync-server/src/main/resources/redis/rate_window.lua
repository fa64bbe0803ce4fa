-- A fixed-window counter whose key gets its TTL in the same script (no INCR-then-EXPIRE gap).
-- KEYS[1] counter of this window; ARGV[1] max, ARGV[2] window (ms)
-- Answers {count, ms until the window ends}.
local n = redis.call('INCR', KEYS[1])
if n == 1 then
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) + 1000)
end
return {n, redis.call('PTTL', KEYS[1])}
