# expect: clean
Rails.application.configure do
  if false
    config.logger = Logger.new("log/production.log", "daily")
  end
  config.log_level = :info
end
