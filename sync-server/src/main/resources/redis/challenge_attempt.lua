-- One attempt at a two-factor challenge: counts it, kills the challenge after max attempts or
-- when it has expired (by the server's clock), and answers the user it belongs to.
-- KEYS[1] challenge hash; ARGV[1] now (ms), ARGV[2] max attempts
local v = redis.call('HMGET', KEYS[1], 'uid', 'expires')
if not v[1] then
  return {'missing'}
end
if tonumber(v[2]) <= tonumber(ARGV[1]) then
  redis.call('DEL', KEYS[1])
  return {'expired'}
end
local attempts = redis.call('HINCRBY', KEYS[1], 'attempts', 1)
if attempts > tonumber(ARGV[2]) then
  redis.call('DEL', KEYS[1])
  return {'dead'}
end
return {'ok', v[1], tostring(attempts)}
