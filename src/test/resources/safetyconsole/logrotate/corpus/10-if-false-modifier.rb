# expect: clean
Rails.application.configure do
  config.logger = Logger.new("log/production.log", 7, 1_048_576) if false
  config.logger = ActiveSupport::Logger.new("log/production.log", "monthly") unless true
end
