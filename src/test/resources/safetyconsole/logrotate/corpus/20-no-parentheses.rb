# expect: BY_PERIOD@3
Rails.application.configure do
  config.logger = ActiveSupport::Logger.new "log/production.log", "daily"
  config.log_level = :warn
end
