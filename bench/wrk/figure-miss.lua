-- Every request a different width, so the response cache never answers: each is drawn afresh.
counter = 0
request = function()
  counter = counter + 1
  return wrk.format(nil, "/api/v1/figures/ragone.svg?width=" .. (400 + counter % 3601))
end
