-- Settles a reserved attempt. Success forgets the email+IP failures (as Keycloak does) and
-- takes this attempt off the email's count; failure keeps it counted and starts a block when
-- the count reaches the limit. Answers 1 when this failure started a block.
-- KEYS[1] email+IP state, KEYS[2] email state
-- ARGV: now, success (1/0), max, block, emailMax, emailBlock, gcTtl
local now = tonumber(ARGV[1])
local gc = tonumber(ARGV[7])
if ARGV[2] == '1' then
  redis.call('DEL', KEYS[1])
  local en = tonumber(redis.call('HGET', KEYS[2], 'n')) or 0
  if en > 0 then
    redis.call('HSET', KEYS[2], 'n', en - 1)
  end
  return 0
end
local blocked = 0
local pn = tonumber(redis.call('HGET', KEYS[1], 'n')) or 0
if pn >= tonumber(ARGV[3]) and (tonumber(redis.call('HGET', KEYS[1], 'until')) or 0) <= now then
  redis.call('HSET', KEYS[1], 'until', now + tonumber(ARGV[4]))
  redis.call('PEXPIRE', KEYS[1], math.max(gc, tonumber(ARGV[4]) + 60000))
  blocked = 1
end
local en = tonumber(redis.call('HGET', KEYS[2], 'n')) or 0
if en >= tonumber(ARGV[5]) and (tonumber(redis.call('HGET', KEYS[2], 'until')) or 0) <= now then
  redis.call('HSET', KEYS[2], 'until', now + tonumber(ARGV[6]))
  redis.call('PEXPIRE', KEYS[2], math.max(gc, tonumber(ARGV[6]) + 60000))
  blocked = 1
end
return blocked
