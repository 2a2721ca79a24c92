# expect: clean
Rails.application.configure do
  config.logger = Logger.new("log/production.log", 0, 100.megabytes)
  config.logger = Logger.new("log/production.log", nil)
end
