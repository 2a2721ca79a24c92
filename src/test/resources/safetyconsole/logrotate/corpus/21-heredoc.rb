# expect: clean
Rails.application.configure do
  config.x.notes = <<~TEXT
    We used to do Logger.new("log/production.log", "daily") here.
    ActiveSupport::Logger.new(path, 10, 1.megabyte) was removed.
  TEXT
  config.logger = Logger.new("log/production.log")
end
