# expect: BY_PERIOD@4
Rails.application.configure do
  config.log_level = :info
  config.logger = ActiveSupport::Logger.new(Rails.root.join("log", "#{Rails.env}.log"), "daily")
end
