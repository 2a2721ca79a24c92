# expect: clean
Rails.application.configure do
  device = Logger::LogDevice.new("log/production.log", shift_age: 0)
  config.logger = Logger.new(device)
end
