# expect: BY_SIZE@3
Rails.application.configure do
  device = Logger::LogDevice.new(Rails.root.join("log", "production.log"))
  config.logger = ActiveSupport::Logger.new(device)
end
