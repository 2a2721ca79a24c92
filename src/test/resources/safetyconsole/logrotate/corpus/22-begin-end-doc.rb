# expect: clean
=begin
config.logger = Logger.new("log/production.log", "weekly")
=end
Rails.application.configure do
  config.log_level = :info
end
