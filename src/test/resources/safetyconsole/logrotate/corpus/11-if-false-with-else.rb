# expect: BY_PERIOD@6
Rails.application.configure do
  if false
    config.logger = Logger.new("log/production.log")
  else
    config.logger = Logger.new("log/production.log", "daily")
  end
end
