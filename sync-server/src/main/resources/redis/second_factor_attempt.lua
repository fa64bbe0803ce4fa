-- Reserves one second-factor check (TOTP or recovery code) for an account, or refuses. The
-- count is per account, across every challenge and instance, so a new sign-in with the right
-- password does not bring fresh guesses. A lock is a stored end time; codes sent during it are
-- refused before they are counted, so they never extend it.
-- KEYS[1] the account's state; ARGV: now, window, max, gcTtl (ms / counts)
local now = tonumber(ARGV[1])
local v = redis.call('HMGET', KEYS[1], 'n', 'start', 'until')
local n = tonumber(v[1]) or 0
local start = tonumber(v[2]) or now
local untl = tonumber(v[3]) or 0
if untl > now then
  return {0, untl - now, 'locked'}
end
if untl > 0 or now - start >= tonumber(ARGV[2]) then
  n = 0
  start = now
end
if n >= tonumber(ARGV[3]) then
  return {0, 1000, 'busy'}
end
redis.call('HSET', KEYS[1], 'n', n + 1, 'start', start, 'until', 0)
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[4]))
return {1, 0, 'ok'}
